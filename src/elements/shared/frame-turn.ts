/**
 * Takes the frame's turn for `who`: 'new' when it takes it, 'held' when it took it already, null when another did.
 * @internal
 */
export type FrameTurn = (doc: Document, who: unknown) => 'new' | 'held' | null;

/**
 * One turn per animation frame, page-wide, for work that costs the browser more when several
 * elements do it in the same frame (a live canvas's first draws, a paused playground's rest).
 * The frame is told by `document.timeline.currentTime`, the same for every task and callback
 * of one frame in Chromium's frames; without a timeline every asker gets a turn.
 * @internal
 */
export function frameTurns(): FrameTurn {
  let frame: unknown;
  let holder: unknown;
  return (doc, who) => {
    const now = doc.timeline?.currentTime;
    if (now == null || now !== frame) {
      frame = now;
      holder = who;
      return 'new';
    }
    return holder === who ? 'held' : null;
  };
}
