/**
 * The store's schema, as an append-only list: migration i brings a database from version i to i + 1.
 * Never edit a shipped migration; add a new one.
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
  // 2: the review (annotations, hand-set links) and app settings (recent folders, the last pair read).
  `CREATE TABLE annotations (
     id TEXT PRIMARY KEY,
     library TEXT NOT NULL,
     ko TEXT NOT NULL,
     en TEXT NOT NULL,
     -- JSON: AnnotationTarget and TextAnchor[] (shared/models/annotation.ts).
     target TEXT NOT NULL,
     anchors TEXT NOT NULL,
     note TEXT NOT NULL,
     tags TEXT NOT NULL,
     status TEXT CHECK (status IS NULL OR status IN ('error', 'false-alarm', 'fixed', 'question')),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX annotations_by_pair ON annotations (library, ko, en);
   CREATE TABLE link_corrections (
     library TEXT NOT NULL,
     ko TEXT NOT NULL,
     en TEXT NOT NULL,
     -- JSON: the pair's hand-set links, by sentence anchors.
     links TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     PRIMARY KEY (library, ko, en)
   );
   CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     -- JSON.
     value TEXT NOT NULL
   );`,
]
