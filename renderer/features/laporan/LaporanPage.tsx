// Owns the Laporan page (#/laporan): the report kinds to issue or sign, and the document registry.
import { Flex } from 'antd';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { JenisLaporanCard } from './JenisLaporanCard.tsx';
import { RegistriCard } from './RegistriCard.tsx';

export function LaporanPage() {
  return (
    <>
      <PageHeader
        title="Laporan"
        subtitle="Laporan PDF dengan kop surat kantor. Setiap PDF tercatat di registri dan dapat ditandatangani secara elektronik oleh Pimpinan."
      />
      <Flex vertical gap={16}>
        <JenisLaporanCard />
        <RegistriCard />
      </Flex>
    </>
  );
}
