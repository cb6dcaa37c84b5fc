// Owns the seed lists of kode klasifikasi arsip (archive classification codes) for the two schemes SATU knows: the
// Kemenkumham list of 2021 and the Kemenimipas-era codes seen in UPT practice. Source: /work/shared/reference/arsip-naskah.md
// §A.6 — §A.6.1 (pokok masalah) [✔ S25], §A.6.2 (sub masalah and sub-sub masalah per induk) [✔ S25; OT.03.xx from S26],
// §A.6.3 (Kemenimipas-era codes) [? S27, S28]. Rows feed `skema_klasifikasi` / `klasifikasi` of §E.2; JRA (§A.10) and SKKAAD
// rows will refer to these codes, so codes are kept exactly as the reference writes them.
//
// Notes on the reference text:
// - Every kode and nama is taken from the reference text. Sub-sub masalah listed only by number inside a parenthesis
//   ("UM.01 Ketatausahaan (01 Persuratan, …)") are expanded to full codes (UM.01.01 Persuratan). Names are kept as written,
//   including the lower-case short names of §A.6.2 (e.g. UM.03.01 "ruang & peralatan kantor", PK.02.01 "registrasi").
// - Parentheticals without numbers (e.g. "KP.05 Pembinaan (SKP, pemeriksaan)") describe content, not codes: they are kept as
//   comments next to the row and produce no code.
// - §A.6.1 is headed "19 induk" but its table lists 18 codes. The 19th row of S25's `mjenissurat` table is a test row
//   ('tes'), not a pokok masalah; the 18 printed codes are used.
// - §A.6.1 writes "SM Sumber Daya Manusia (diklat)"; "(diklat)" is the reference's gloss, the nama is "Sumber Daya Manusia".
// - "SM.01–03 Diklat (kepemimpinan, teknis, fungsional)" is expanded in order to SM.01/SM.02/SM.03; "PK.02 RUPBASAN (01–11:
//   registrasi, …, penindakan)" is expanded in order to PK.02.01…PK.02.11 (11 names for 11 numbers).
// - `HM` (PAS-31.HM.05.03, 2016, older scheme) and `PL` (Perlengkapan, older scheme/other agency) are named by §A.6.1 as *not*
//   in the 2021 list, so they are in neither list here. `HK` is in the Kemenimipas list (§A.6.3).
// - §A.6.3 names only some parents. A pokok masalah that §A.6.3 does not name but §A.6.1 does (UM, OT, TI) takes its §A.6.1
//   name (sumber 'A.6.1 (S25)'); any other parent the text does not name (e.g. SA.01, PS) gets NAMA_TIDAK_DISEBUT.

export type KlasifikasiSeed = {
  /** Full code as written, e.g. 'UM.01.01' or 'PK.01.01.01'. */
  kode: string;
  nama: string;
  /** Parent code (kode without its last segment); null for a pokok masalah. */
  induk: string | null;
  /** 1 = pokok masalah, 2 = sub masalah, 3 = sub-sub masalah, 4 = fourth level (Pemasyarakatan registrasi). */
  tingkat: 1 | 2 | 3 | 4;
  sifat: 'fasilitatif' | 'substantif' | null;
  terkonfirmasi: boolean;
  /** Reference section and the source code it cites, e.g. 'A.6.2 (S25)'. */
  sumber: string;
};

export const SKEMA_KEMENKUMHAM_2021 = {
  kode: 'kemenkumham-2021',
  nama: 'Klasifikasi Arsip Kementerian Hukum dan HAM (2021)',
  dasar:
    'Daftar kode klasifikasi arsip Kemenkumham dari basis data aplikasi agenda sebuah Kanwil (2021) [S25]; nama/nomor peraturan klasifikasinya tidak ditemukan.',
  catatan: 'Periksa terhadap daftar klasifikasi kementerian yang berlaku.',
} as const;

export const SKEMA_KEMENIMIPAS_PRAKTIK = {
  kode: 'kemenimipas-praktik',
  nama: 'Kode Klasifikasi Era Kemenimipas yang Terlihat di Praktik UPT (2025–2026)',
  dasar: 'Aplikasi penomoran Bapas/UPT [S27][S28]; belum terkonfirmasi sebagai klasifikasi resmi Kemenimipas.',
  catatan: 'Kode yang terlihat dipakai UPT 2025–2026; belum terkonfirmasi.',
} as const;

/** Name given to a parent row whose code the reference implies (it has children) but does not name. */
export const NAMA_TIDAK_DISEBUT = '(nama tidak disebut dalam referensi)';

// `sifat` per pokok masalah. This mapping is an INFERENCE: the reference only says that codes labelled "fasilitatif" vs
// "substantif" exist in practice data [~ S26]; it does not list the label per code. Substantive ministry functions
// (Pemasyarakatan, Keimigrasian, HAM, AHU, KI, BPHN, Peraturan Perundang-undangan, Litbang) are 'substantif'; support
// functions are 'fasilitatif'. Pokok masalah that exist only in §A.6.3 (SA, KS, HK, PS) are left null.
const SIFAT_POKOK: Readonly<Record<string, 'fasilitatif' | 'substantif'>> = {
  AH: 'substantif',
  GR: 'substantif',
  HA: 'substantif',
  HN: 'substantif',
  KI: 'substantif',
  LT: 'substantif',
  PK: 'substantif',
  PP: 'substantif',
  HH: 'fasilitatif',
  KP: 'fasilitatif',
  KU: 'fasilitatif',
  OT: 'fasilitatif',
  PB: 'fasilitatif',
  PR: 'fasilitatif',
  PW: 'fasilitatif',
  SM: 'fasilitatif',
  TI: 'fasilitatif',
  UM: 'fasilitatif',
};

type Baris = readonly [kode: string, nama: string];

const barisKe = (sumber: string, terkonfirmasi: boolean, baris: readonly Baris[]): KlasifikasiSeed[] =>
  baris.map(([kode, nama]) => {
    const bagian = kode.split('.');
    return {
      kode,
      nama,
      induk: bagian.length > 1 ? bagian.slice(0, -1).join('.') : null,
      tingkat: bagian.length as KlasifikasiSeed['tingkat'],
      sifat: SIFAT_POKOK[kode.slice(0, 2)] ?? null,
      terkonfirmasi,
      sumber,
    };
  });

// §A.6.1 — pokok masalah, in the table's order (left column, then right column).
const POKOK_MASALAH_A61: readonly Baris[] = [
  ['AH', 'Administrasi Hukum Umum'],
  ['GR', 'Keimigrasian'],
  ['HA', 'Hak Asasi Manusia'],
  ['HH', 'Kehumasan dan Hukum'],
  ['HN', 'Pembinaan Hukum Nasional'],
  ['KI', 'Kekayaan Intelektual'],
  ['KP', 'Kepegawaian'],
  ['KU', 'Keuangan'],
  ['LT', 'Penelitian dan Pengembangan'],
  ['OT', 'Organisasi dan Tata Laksana'],
  ['PB', 'Pengelolaan Barang Milik Negara'],
  ['PK', 'Pemasyarakatan'],
  ['PP', 'Peraturan Perundang-undangan'],
  ['PR', 'Perencanaan'],
  ['PW', 'Pengawasan'],
  ['SM', 'Sumber Daya Manusia'], // printed "Sumber Daya Manusia (diklat)"
  ['TI', 'Teknologi dan Informasi'],
  ['UM', 'Umum'],
];

// §A.6.2 — sub masalah and sub-sub masalah, per induk in the table's order. Parents precede their children.
const SUB_MASALAH_A62: readonly Baris[] = [
  // UM
  ['UM.01', 'Ketatausahaan'],
  ['UM.01.01', 'Persuratan'],
  ['UM.01.02', 'Penggandaan dan Pencetakan'],
  ['UM.01.03', 'Ucapan Terima Kasih/Selamat'],
  ['UM.02', 'Kearsipan'],
  ['UM.02.01', 'Pemindahan Arsip'],
  ['UM.02.02', 'Pemusnahan Arsip'],
  ['UM.02.03', 'Penyerahan'],
  ['UM.02.04', 'Layanan Kearsipan'],
  ['UM.02.05', 'Pembinaan Kearsipan'],
  ['UM.03', 'Kerumahtanggaan'],
  ['UM.03.01', 'ruang & peralatan kantor'],
  ['UM.03.02', 'rumah negara'],
  ['UM.03.03', 'kendaraan dinas'],
  ['UM.03.04', 'jaringan instalasi'],
  ['UM.03.05', 'barang elektronik/mesin'],
  ['UM.03.06', 'gedung & area kantor'],
  ['UM.03.07', 'alat kesehatan'],
  ['UM.03.08', 'Perjalanan Dinas'],
  ['UM.03.09', 'penghematan energi'],
  ['UM.04', 'Keprotokolan'],
  ['UM.04.01', 'upacara'],
  ['UM.04.02', 'tamu/acara/jamuan'],
  ['UM.04.03', 'daftar nama pejabat & alamat'],
  ['UM.05', 'Pengamanan'],
  ['UM.05.01', 'personil VVIP/VIP'],
  ['UM.05.02', 'lingkungan/fisik/instalasi'],
  ['UM.05.03', 'dokumen dan informasi rahasia'],
  ['UM.05.04', 'laporan keamanan'],
  ['UM.05.05', 'laporan kejadian'],
  ['UM.05.06', 'bantuan pengamanan'],
  ['UM.06', 'Pembinaan Sikap dan Mental'],
  ['UM.06.01', 'hari besar/hari bhakti'],
  ['UM.06.02', 'pelayanan sosial & keagamaan'],
  // OT (OT.03.01–03 are listed "dari S26"; see SUB_MASALAH_A62_S26)
  ['OT.01', 'Organisasi dan Tata Kerja'],
  ['OT.01.01', 'Kementerian'],
  ['OT.01.02', 'Kantor Wilayah'],
  ['OT.01.03', 'UPT'],
  ['OT.01.04', 'Evaluasi Kelembagaan'],
  ['OT.02', 'Ketatalaksanaan'],
  ['OT.02.01', 'Standarisasi Sarana Kerja'],
  ['OT.02.02', 'Sistem, Prosedur dan Metoda Kerja'],
  ['OT.02.03', 'Analisa dan Uraian Jabatan'],
  ['OT.03', 'Reformasi Birokrasi'],
  ['OT.04', 'Instruksi Menteri'],
  // PR
  ['PR.01', 'Pokok-pokok Kebijakan dan Strategi Pembangunan'],
  ['PR.01.01', 'Rencana Strategis'],
  ['PR.01.02', 'Trilateral Meeting'],
  ['PR.01.03', 'Rencana Kerja'],
  ['PR.01.04', 'Rencana Kerja dan Anggaran'],
  ['PR.02', 'Evaluasi'],
  ['PR.02.01', 'Unit Utama'],
  ['PR.02.02', 'Kantor Wilayah'],
  ['PR.03', 'LAKIP'],
  ['PR.04', 'Pelaporan'],
  ['PR.04.01', 'bulanan'],
  ['PR.04.02', 'triwulan'],
  ['PR.04.03', 'semester'],
  ['PR.04.04', 'tahunan'],
  ['PR.04.05', 'insidentil'],
  ['PR.05', 'Rapat Kerja'],
  ['PR.05.01', 'DPR'],
  ['PR.05.02', 'Kementerian'],
  ['PR.05.03', 'Rakernis Unit Utama'],
  ['PR.05.04', 'Kantor Wilayah'],
  ['PR.05.05', 'Rapim/Rapat Staf'],
  ['PR.06', 'Sidang Kabinet'],
  // KP
  ['KP.01', 'Formasi'],
  ['KP.02', 'Penerimaan/Pengadaan'],
  ['KP.03', 'Pengangkatan'],
  ['KP.03.03', 'struktural'],
  ['KP.03.04', 'fungsional'],
  ['KP.04', 'Mutasi'],
  ['KP.04.01', 'alih tugas'],
  ['KP.04.02', 'Plh/Plt'],
  ['KP.04.03', 'mutasi keluarga'],
  ['KP.04.04', 'KGB'],
  ['KP.04.05', 'kenaikan pangkat'],
  ['KP.04.06', 'PMK'],
  ['KP.04.07', 'Baperjakat'],
  ['KP.05', 'Pembinaan'], // (SKP, pemeriksaan)
  ['KP.06', 'Pengembangan'],
  ['KP.07', 'Hukuman Disiplin'], // (ringan/sedang/berat)
  ['KP.08', 'Tata Usaha Kepegawaian'], // (data, Karpeg/Karis/Karsu, izin belajar, LHKPN, daftar hadir)
  ['KP.09', 'Kesejahteraan'],
  ['KP.09.04', 'Cuti'], // printed "(09.04 Cuti)"
  ['KP.10', 'Jabatan Fungsional'],
  ['KP.11', 'Pemberhentian'],
  ['KP.12', 'Berkas Perseorangan PNS/ASN'],
  ['KP.13', 'Berkas Pejabat Negara'],
  ['KP.14', 'Organisasi Non Kedinasan'], // (KORPRI, Dharma Wanita, Koperasi)
  // KU
  ['KU.01', 'Pelaksanaan Anggaran'],
  ['KU.01.01', 'pedoman'],
  ['KU.01.02', 'DIPA'],
  ['KU.01.03', 'PNBP'],
  ['KU.02', 'Penerimaan Negara'],
  ['KU.03', 'Tata Usaha Keuangan'], // (hibah, pengelola keuangan, kerugian negara)
  ['KU.04', 'Perbendaharaan'], // (SPP/SPM, BKU, LPJ bendahara)
  ['KU.05', 'Akuntansi dan Pelaporan'],
  // PB
  ['PB.01', 'Perencanaan BMN'],
  ['PB.02', 'Pengadaan'],
  ['PB.03', 'Pendistribusian'],
  ['PB.04', 'Penetapan Status & Pengamanan'], // (penggunaan, pemanfaatan, rumah negara)
  ['PB.05', 'Penatausahaan'], // (pencatatan, inventarisasi, opname, rekonsiliasi, laporan BMN)
  ['PB.06', 'Pemindahtanganan & Penghapusan'],
  // PK
  ['PK.01', 'LAPAS/RUTAN/BAPAS'],
  ['PK.01.01', 'Registrasi'],
  ['PK.01.01.01', 'Tahanan'],
  ['PK.01.01.02', 'Narapidana'],
  ['PK.01.02', 'Statistik'],
  ['PK.01.03', 'Sidik Jari'],
  ['PK.01.04', 'Bimbingan Kemasyarakatan & Pengentasan Anak'],
  ['PK.01.05', 'Pembinaan'],
  ['PK.01.06', 'Perawatan Kesehatan & Rehabilitasi'],
  ['PK.01.07', 'Kegiatan Kerja'],
  ['PK.02', 'RUPBASAN'],
  ['PK.02.01', 'registrasi'],
  ['PK.02.02', 'penilaian'],
  ['PK.02.03', 'statistik'],
  ['PK.02.04', 'keamanan'],
  ['PK.02.05', 'pemeliharaan & pemusnahan'],
  ['PK.02.06', 'mutasi'],
  ['PK.02.07', 'kepatuhan internal'],
  ['PK.02.08', 'pengaduan'],
  ['PK.02.09', 'intelijen'],
  ['PK.02.10', 'pencegahan'],
  ['PK.02.11', 'penindakan'],
  // PW
  ['PW.01', 'Perencanaan Pengawasan'],
  ['PW.02', 'Pelaksanaan'],
  ['PW.03', 'Pelaporan'], // (BPK, BPKP, ORI, Itjen)
  ['PW.04', 'Tindak Lanjut'],
  ['PW.05', 'Reviu'],
  ['PW.06', 'Pengaduan'], // (WBS, gratifikasi, LAPOR)
  ['PW.07', 'Telaahan hukuman disiplin'],
  ['PW.08', 'Lainnya'],
  // HH
  ['HH.01', 'Informasi & Komunikasi'], // (PPID, media massa, sosialisasi)
  ['HH.02', 'Dokumentasi'],
  ['HH.03', 'Kepustakaan'],
  ['HH.04', 'Penerbitan'],
  ['HH.05', 'Hubungan Lembaga/MoU'],
  ['HH.06', 'Kerja Sama LN'],
  ['HH.07', 'Advokasi/Bantuan Hukum/LAPOR'],
  // TI
  ['TI.01', 'Pengamanan Data'],
  ['TI.02', 'Pengamanan Jaringan'],
  ['TI.03', 'Standarisasi'],
  ['TI.04', 'Kerja Sama'],
  ['TI.05', 'Perencanaan Pengembangan'],
  ['TI.06', 'Pengelolaan Sistem'],
  ['TI.07', 'Layanan'],
  // SM (printed "SM.01–03 Diklat (kepemimpinan, teknis, fungsional)")
  ['SM.01', 'Diklat Kepemimpinan'],
  ['SM.02', 'Diklat Teknis'],
  ['SM.03', 'Diklat Fungsional'],
  ['SM.04', 'Bimtek/FGD'],
  ['SM.05', 'Pertemuan Ilmiah'],
  ['SM.06', 'Penilaian Kompetensi'],
  ['SM.07', 'Kerja Sama'],
  ['SM.08', 'Data'],
  ['SM.09', 'Politeknik Ilmu Pemasyarakatan'],
  ['SM.10', 'Politeknik Imigrasi'],
];

// §A.6.2, OT.03: "(01 PMPRB, 02 Zona Integritas, 03 Evaluasi RB — dari S26)".
const SUB_MASALAH_A62_S26: readonly Baris[] = [
  ['OT.03.01', 'PMPRB'],
  ['OT.03.02', 'Zona Integritas'],
  ['OT.03.03', 'Evaluasi RB'],
];

/** §A.6.1 + §A.6.2: the Kemenkumham 2021 list. Parents precede their children. */
export const klasifikasiKemenkumham: readonly KlasifikasiSeed[] = [
  ...barisKe('A.6.1 (S25)', true, POKOK_MASALAH_A61),
  ...barisKe('A.6.2 (S25)', true, SUB_MASALAH_A62),
  ...barisKe('A.6.2 (S26)', true, SUB_MASALAH_A62_S26),
];

// §A.6.3 pokok masalah the section does not name; their names come from §A.6.1.
const POKOK_DARI_A61: readonly Baris[] = [
  ['UM', 'Umum'],
  ['OT', 'Organisasi dan Tata Laksana'],
  ['TI', 'Teknologi dan Informasi'],
];

const X = NAMA_TIDAK_DISEBUT;

// §A.6.3, in the order the section names them. Parents precede their children.
const KODE_PRAKTIK_A63: readonly Baris[] = [
  ['SA', 'Sumber Daya Manusia Aparatur'], // "menggantikan `KP`?"
  ['SA.01', X],
  ['SA.01.01', 'Peta Jabatan'],
  ['SA.03', X],
  ['SA.03.03', 'Pengangkatan Struktural'],
  ['SA.04', X],
  ['SA.04.05', 'Kenaikan Pangkat'],
  ['SA.05', X],
  ['SA.05.02', 'Disiplin'],
  ['SA.09', X],
  ['SA.09.04', 'Cuti'],
  ['KS', 'Kerja Sama'],
  ['KS.02', X],
  ['KS.02.01', 'MoU/PKS'],
  ['HK', 'Hukum'],
  ['HK.02', X],
  ['HK.02.01', 'advokasi litigasi'],
  ['HK.02.07', 'telaah hukum'],
  ['PK', 'Pemasyarakatan'],
  ['PK.01', X],
  ['PK.01.01', 'Perumusan Kebijakan dan Standardisasi'],
  ['PK.02', X],
  ['PK.02.01', 'Registrasi Tahanan & Narapidana'],
  ['PK.07', X],
  ['PK.07.01', 'Litmas'],
  ['PK.07.03', 'Pembimbingan Klien PB/CB/CMB'],
  ['PK.09', X],
  ['PK.09.01', 'Pengamanan dan Intelijen'],
  ['TI.01', X],
  ['TI.01.03', 'Pengembangan Aplikasi & Srikandi'],
  ['PS', X],
  ['PS.01', X],
  ['PS.01.02', 'Kajian Kebijakan'],
  ['UM.01', X],
  ['UM.01.01', 'Penciptaan Arsip & Ketatausahaan'],
  ['OT.01', X],
  ['OT.01.03', 'OTK UPT'],
  ['OT.02', X],
  ['OT.02.02', 'Sistem, Prosedur dan Metode Kerja'],
  ['OT.03', X],
  ['OT.03.02', 'Zona Integritas'],
];

/** §A.6.3: Kemenimipas-era codes seen in UPT practice; none is confirmed. Parents precede their children. */
export const klasifikasiKemenimipasPraktik: readonly KlasifikasiSeed[] = [
  ...barisKe('A.6.1 (S25)', false, POKOK_DARI_A61),
  ...barisKe('A.6.3 (S27, S28)', false, KODE_PRAKTIK_A63),
];
