// Owns the errors of certificates and signing, each with an Indonesian message a user can act on.
// `problem` lets the handler map them to AppError codes without reading the message.
export type CertificateProblem = 'kata-sandi-salah' | 'bukan-p12' | 'tanpa-kunci' | 'kunci-tidak-didukung' | 'pem-tidak-valid';

export const CERTIFICATE_MESSAGES: Record<CertificateProblem, string> = {
  'kata-sandi-salah': 'Kata sandi sertifikat salah.',
  'bukan-p12': 'Berkas bukan sertifikat PKCS#12 (.p12/.pfx) yang dapat dibaca.',
  'tanpa-kunci': 'Berkas .p12 tidak memuat kunci privat beserta sertifikatnya.',
  'kunci-tidak-didukung': 'Jenis kunci pada sertifikat tidak didukung (SATU menandatangani dengan RSA).',
  'pem-tidak-valid': 'Kunci atau sertifikat PEM tidak dapat dibaca; periksa berkas dan kata sandinya.',
};

export class CertificateError extends Error {
  readonly problem: CertificateProblem;
  constructor(problem: CertificateProblem) {
    super(CERTIFICATE_MESSAGES[problem]);
    this.name = 'CertificateError';
    this.problem = problem;
  }
}
