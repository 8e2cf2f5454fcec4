/**
 * Bounds of the checklist's state, shared by the schema and the island: a share link or an
 * imported file may be hostile. The lowest layer of the tool: it imports nothing.
 */
export const limits = {
  party: 120,
  /** A party's address (street, city). */
  address: 240,
  /** NIB (13 digits) or NIK (16 digits), with room for spaces or dots the reader types. */
  registration: 30,
  /** The signer's position, e.g. "Direktur" or "Pemilik". */
  capacity: 80,
  /** The reader's words for an "other" kind of collaboration, e.g. "sewa lapak bersama". */
  otherKind: 120,
  note: 800,
  /** Clause entries kept in state (the library has 28 clauses; room to grow). */
  clauses: 40,
} as const;
