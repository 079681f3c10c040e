/**
 * The store's schema, as an append-only list: migration i brings a database from version i to i + 1.
 * Never edit a shipped migration; add a new one (annotations will be the next).
 */
export const storeMigrations: readonly string[] = [
  `CREATE TABLE pair_overrides (
     library TEXT NOT NULL,
     ko TEXT NOT NULL,
     en TEXT NOT NULL,
     action TEXT NOT NULL CHECK (action IN ('pair', 'unpair')),
     -- Overrides replay in the order they were last set.
     seq INTEGER NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (library, ko, en)
   );
   CREATE INDEX pair_overrides_by_seq ON pair_overrides (library, seq);`,
]
