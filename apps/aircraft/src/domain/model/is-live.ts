/**
 * Whether an item is live: a soft-deleted one (`delete_at` set) stays readable by key until TTL
 * removes it, but the API treats it as gone.
 * @example
 * isLive({ delete_at: 1767225600 }); // false
 */
export const isLive = (item: { readonly delete_at?: number | undefined }): boolean => item.delete_at === undefined;
