import type { Highlight } from "@/lib/highlights/model";

export type { Highlight };

/** Where the list stands: "saved" only once it is kept (on the server, or on this device in practice). */
export interface HighlightSaveState {
  state: "idle" | "saving" | "saved" | "retrying" | "failed";
  message?: string;
}

/** What the highlight tools need from a store: the list, a way to replace it, and how saving went. */
export interface HighlightStore {
  list: Highlight[];
  setList: (next: Highlight[]) => void;
  status: HighlightSaveState;
  /** Said after "Saved": "on this device" in practice, nothing in an assignment. */
  savedWhere?: string;
  /** Read only (the assignment was submitted). */
  locked?: boolean;
}
