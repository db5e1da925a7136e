// Recipe: the record in Postgres, as a GateStore of your own (type-checked here, not run).
// `pool` is what `pg`'s Pool offers; any client with `query(text, values)` fits.
//
//   create table idv_people (person text primary key);
//   create table idv_inquiries (person text references idv_people on delete cascade, inquiry_id text,
//                               as_of bigint not null, observation jsonb not null, primary key (person, inquiry_id));
//   create table idv_locks (name text primary key, token text not null, expires_at timestamptz not null);
import type { GateStore, ObservedInquiry } from 'id-verification-gate/server';

export interface Queryable {
  query<Row>(text: string, values?: unknown[]): Promise<{ rows: Row[] }>;
}

export function createPostgresStore(pool: Queryable): GateStore {
  return {
    // Rows outlive restarts and are never evicted: a person without one was never seen.
    durable: true,
    async get(person) {
      const { rows } = await pool.query<{ observation: ObservedInquiry | null }>(
        'select i.observation from idv_people p left join idv_inquiries i using (person) where p.person = $1',
        [person],
      );
      if (rows.length === 0) return undefined;
      return { inquiries: rows.flatMap((row) => (row.observation ? [row.observation] : [])) };
    },
    async merge(person, observations) {
      await pool.query('insert into idv_people (person) values ($1) on conflict do nothing', [person]);
      for (const observation of observations) {
        // One statement per observation: it is written only when newer (atomic, whoever writes at once).
        await pool.query(
          `insert into idv_inquiries (person, inquiry_id, as_of, observation) values ($1, $2, $3, $4)
           on conflict (person, inquiry_id) do update set as_of = excluded.as_of, observation = excluded.observation
           where idv_inquiries.as_of < excluded.as_of`,
          [person, observation.id, observation.asOf, JSON.stringify(observation)],
        );
      }
    },
    async delete(person) {
      await pool.query('delete from idv_people where person = $1', [person]);
    },
    async lock(name, ttlMs) {
      const token = crypto.randomUUID();
      const { rows } = await pool.query<{ token: string }>(
        `insert into idv_locks (name, token, expires_at) values ($1, $2, now() + $3 * interval '1 millisecond')
         on conflict (name) do update set token = excluded.token, expires_at = excluded.expires_at
         where idv_locks.expires_at <= now() returning token`,
        [name, token, ttlMs],
      );
      return rows.length > 0 ? token : null;
    },
    async unlock(name, token) {
      await pool.query('delete from idv_locks where name = $1 and token = $2', [name, token]);
    },
  };
}
