// Owns the office identity card on Beranda (kantor.get).
import { Card, Descriptions, Flex } from 'antd';
import { NAMA_JENIS_SATKER } from '../../../shared/domain/kantor.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { BlockLoading } from '../../ui/Loading.tsx';
import { useKantor } from './queries.ts';

export function IdentitasCard() {
  const kantor = useKantor();
  return (
    <Card title="Identitas kantor" style={{ height: '100%' }}>
      {kantor.isPending ? (
        <BlockLoading />
      ) : kantor.isError ? (
        <ErrorAlert error={kantor.error} onRetry={() => void kantor.refetch()} />
      ) : (
        <Flex gap={20} align="flex-start">
          {kantor.data.logo ? (
            <img src={kantor.data.logo} alt="Logo kantor" style={{ width: 72, maxHeight: 72, objectFit: 'contain', flex: 'none' }} />
          ) : null}
          <Descriptions
            column={1}
            size="small"
            styles={{ label: { width: 130 } }}
            items={[
              { key: 'nama', label: 'Nama', children: kantor.data.nama },
              { key: 'jenis', label: 'Jenis', children: NAMA_JENIS_SATKER[kantor.data.jenis] },
              { key: 'satker', label: 'Kode satker', children: kantor.data.kodeSatker },
              { key: 'uakpb', label: 'Kode UAKPB', children: kantor.data.kodeUakpb },
              { key: 'surat', label: 'Kode surat', children: kantor.data.kodeSurat },
              { key: 'alamat', label: 'Alamat', children: `${kantor.data.alamat}, ${kantor.data.kota}` },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}
