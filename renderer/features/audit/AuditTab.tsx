// Owns Pengaturan › Jejak Audit: filtered, server-paginated audit entries with before/after detail,
// and the integrity check.
import { useState } from 'react';
import { Card, Divider, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { contract, isChannelName } from '../../../shared/ipc/contract.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { formatAngka, formatTanggalJam } from '../../../shared/format/index.ts';
import { call } from '../../lib/api.ts';
import { NAMA_ENTITAS } from '../../i18n/id.ts';
import { ErrorAlert } from '../../ui/ErrorAlert.tsx';
import { AuditFilters } from './AuditFilters.tsx';
import type { AuditFilter } from './AuditFilters.tsx';
import { AuditDetail } from './AuditDetail.tsx';
import { IntegrityCheck } from './IntegrityCheck.tsx';

type Entry = ChannelOutput<'audit.list'>['entries'][number];
const PAGE = 50;

const columns: TableColumnsType<Entry> = [
  { title: 'No.', dataIndex: 'id', key: 'id', width: 70 },
  { title: 'Waktu', key: 'at', width: 200, render: (_, e) => formatTanggalJam(new Date(e.at)) },
  { title: 'Pengguna', dataIndex: 'actor', key: 'actor', width: 130 },
  {
    title: 'Kanal',
    key: 'channel',
    render: (_, e) => (
      <>
        {isChannelName(e.channel) ? contract[e.channel].title : e.channel}
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {e.channel}
          </Typography.Text>
        </div>
      </>
    ),
  },
  { title: 'Aksi', dataIndex: 'action', key: 'action', width: 130 },
  {
    title: 'Entitas',
    key: 'entity',
    width: 190,
    render: (_, e) => `${NAMA_ENTITAS[e.entity] ?? e.entity}${e.entityId ? ` #${e.entityId}` : ''}`,
  },
];

export function AuditTab() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['audit.list', filter, page],
    queryFn: () => call('audit.list', { ...filter, limit: PAGE, offset: (page - 1) * PAGE }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <Card size="small" title="Keutuhan data" style={{ marginBottom: 16 }}>
        <Typography.Paragraph type="secondary">
          Setiap perubahan data tercatat berantai (hash). Pemeriksaan ini mencocokkan rantai jejak audit dengan isi basis data.
        </Typography.Paragraph>
        <IntegrityCheck />
      </Card>
      <AuditFilters
        onApply={(f) => {
          setFilter(f);
          setPage(1);
        }}
      />
      <Divider style={{ margin: '16px 0' }} />
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Entry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={list.data?.entries}
          loading={list.isFetching}
          expandable={{ expandedRowRender: (e) => <AuditDetail before={e.before} after={e.after} /> }}
          pagination={{
            current: page,
            pageSize: PAGE,
            total: list.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (t) => `${formatAngka(t)} entri`,
            onChange: setPage,
          }}
        />
      )}
    </>
  );
}
