/**
 * Bounds of the checklist's state, shared by the schema and the island: a share link or an
 * imported file may be hostile. The lowest layer of the tool: it imports nothing.
 */
export const limits = {
  party: 120,
  note: 800,
  /** Clause entries kept in state (the library has 28 clauses; room to grow). */
  clauses: 40,
} as const;
