import * as v from 'valibot'
import type { Annotation } from '../../shared/models/annotation'
import { annotationAnchorsSchema, annotationStatusSchema, annotationTargetSchema } from '../api/annotation-schemas'

/** An annotations row as SQLite returns it. */
export interface AnnotationRow {
  id: string
  ko: string
  en: string
  target: string
  anchors: string
  note: string
  tags: string
  status: string | null
  created_at: string
  updated_at: string
}

const tagsSchema = v.array(v.string())

function parsed<T>(schema: v.GenericSchema<unknown, T>, json: string): T | null {
  try {
    const result = v.safeParse(schema, JSON.parse(json))
    return result.success ? result.output : null
  } catch {
    return null
  }
}

/**
 * Reads a row back, checking its JSON columns: a row that does not parse (a hand-edited or damaged file) is
 * skipped rather than crashing the list, and stays in the file untouched.
 */
export function annotationFromRow(row: AnnotationRow): Annotation | null {
  const target = parsed(annotationTargetSchema, row.target)
  const anchors = parsed(annotationAnchorsSchema, row.anchors)
  const tags = parsed(tagsSchema, row.tags)
  const status = v.safeParse(v.nullable(annotationStatusSchema), row.status)
  if (!target || !anchors || !tags || !status.success) return null
  return {
    id: row.id,
    ko: row.ko,
    en: row.en,
    target,
    anchors,
    note: row.note,
    tags,
    status: status.output,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
