/** Index key attributes an item carries; an absent pair keeps the item out of that (sparse) index. */
export type IndexKeys = Partial<Record<'GSI1PK' | 'GSI1SK' | 'GSI2PK' | 'GSI2SK' | 'GSI3PK' | 'GSI3SK', string>>;
