// Owns "Hari Libur" (hariLibur.list/set): national holidays and cuti bersama of a year, which the
// disposition deadlines skip (reference A.4.2); operators and administrators add and remove them.
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, Popconfirm, Select, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatTanggalHari } from '../../../../shared/format/index.ts';
import { call } from '../../../lib/api.ts';
import { useNotify } from '../../../lib/use-notify.ts';
import { ErrorAlert } from '../../../ui/ErrorAlert.tsx';
import { useHak } from '../peran.ts';
import { useHariLibur } from '../queries.ts';
import { pilihanTahun, tahunIni } from '../waktu.ts';

type Libur = { tanggal: string; keterangan: string };
type Values = { tanggal: Dayjs; keterangan: string };

export function HariLiburCard() {
  const { operator } = useHak();
  const [tahun, setTahun] = useState(tahunIni());
  const list = useHariLibur(tahun);
  const qc = useQueryClient();
  const notify = useNotify();
  const [form] = Form.useForm<Values>();
  const atur = useMutation({
    mutationFn: (v: { tanggal: string; keterangan: string | null }) => call('hariLibur.set', v),
    onSuccess: (_r, v) => {
      notify.success(v.keterangan ? 'Hari libur disimpan.' : 'Hari libur dihapus.');
      if (v.keterangan) {
        form.resetFields();
        setTahun(Number(v.tanggal.slice(0, 4)));
      }
      void qc.invalidateQueries({ queryKey: ['hariLibur.list'] });
    },
    onError: (e) => notify.error(e),
  });

  const columns: TableColumnsType<Libur> = [
    { title: 'Tanggal', key: 'tanggal', width: 260, render: (_, l) => formatTanggalHari(l.tanggal) },
    { title: 'Keterangan', dataIndex: 'keterangan', key: 'keterangan' },
    ...(operator
      ? [
          {
            title: 'Aksi',
            key: 'aksi',
            width: 100,
            render: (_: unknown, l: Libur) => (
              <Popconfirm
                title="Hapus hari libur ini?"
                okText="Hapus"
                cancelText="Batal"
                onConfirm={() => atur.mutateAsync({ tanggal: l.tanggal, keterangan: null }).catch(() => undefined)}
              >
                <Button size="small" danger>
                  Hapus
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title="Hari Libur"
      extra={<Select aria-label="Tahun hari libur" value={tahun} options={pilihanTahun()} onChange={setTahun} style={{ width: 110 }} />}
    >
      {operator ? (
        <Form<Values>
          form={form}
          name="hariLibur"
          layout="inline"
          style={{ marginBottom: 16, rowGap: 8 }}
          onFinish={(v) => atur.mutate({ tanggal: v.tanggal.format('YYYY-MM-DD'), keterangan: v.keterangan })}
        >
          <Form.Item name="tanggal" rules={[{ required: true, message: 'Pilih tanggal.' }]}>
            <DatePicker format="DD/MM/YYYY" placeholder="Tanggal" aria-label="Tanggal libur" />
          </Form.Item>
          <Form.Item name="keterangan" rules={[{ required: true, whitespace: true, message: 'Isi keterangan.' }]}>
            <Input maxLength={200} placeholder="mis. Hari Raya Idulfitri 1447 H" aria-label="Keterangan libur" style={{ width: 320 }} />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={atur.isPending}>
            Tambah Hari Libur
          </Button>
        </Form>
      ) : null}
      {list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Libur>
          rowKey="tanggal"
          size="small"
          columns={columns}
          dataSource={list.data}
          loading={list.isPending}
          pagination={false}
          locale={{
            emptyText: (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={`Belum ada hari libur tahun ${tahun}. Batas waktu disposisi hanya melewati Sabtu dan Minggu.`}
              />
            ),
          }}
        />
      )}
    </Card>
  );
}
