// Owns "Periksa Keutuhan": runs audit.check and says in one Alert whether the database and the audit
// chain are intact, or names the first broken entry and why.
import { Alert, Button, Flex } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import type { CheckReport } from '../../../shared/ipc/channels/sistem.ts';
import { formatAngka } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { useNotify } from '../../lib/use-notify.ts';
import { NAMA_ENTITAS } from '../../i18n/id.ts';

function ReportAlert({ r }: { r: CheckReport }) {
  if (r.ok) return <Alert type="success" showIcon title={`Basis data dan jejak audit utuh (${formatAngka(r.chain.entries)} entri)`} />;
  const problems: string[] = [];
  if (r.integrity.length > 0) problems.push(`Pemeriksaan SQLite: ${r.integrity.slice(0, 3).join('; ')}.`);
  if (r.foreignKeys.length > 0)
    problems.push(`${formatAngka(r.foreignKeys.length)} rujukan antartabel tidak cocok (mis. tabel ${r.foreignKeys[0]?.table}).`);
  if (r.untracked.length > 0) {
    const u = r.untracked[0];
    problems.push(
      `${formatAngka(r.untracked.length)} baris tidak tercatat di jejak audit (dimasukkan di luar SATU)${u ? `, mis. ${NAMA_ENTITAS[u.entity] ?? u.entity} #${u.entityId}` : ''}.`,
    );
  }
  const b = r.chain.firstBroken;
  const title = b ? `Jejak audit tidak utuh: entri #${b.id}` : 'Basis data tidak utuh';
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={
        <>
          {b ? <div>{b.reason}</div> : null}
          {problems.map((p) => (
            <div key={p}>{p}</div>
          ))}
          <div style={{ marginTop: 6 }}>
            Pulihkan dari cadangan terakhir yang utuh (lihat tab Cadangan) dan laporkan kepada pengelola TI.
          </div>
        </>
      }
    />
  );
}

export function IntegrityCheck() {
  const notify = useNotify();
  const check = useMutation({ mutationFn: () => call('audit.check', {}), onError: (e) => notify.error(e) });
  return (
    <Flex vertical gap={12}>
      <div>
        <Button icon={<SafetyCertificateOutlined />} loading={check.isPending} onClick={() => check.mutate()}>
          Periksa Keutuhan
        </Button>
      </div>
      {check.data ? <ReportAlert r={check.data} /> : null}
    </Flex>
  );
}
