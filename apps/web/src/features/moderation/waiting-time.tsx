import { describeWaiting } from './waiting';

/** "3 days ago", with the exact date and time as a tooltip and for screen readers. */
export function WaitingTime({ since, now }: { since: string; now?: Date }) {
  const w = describeWaiting(since, now);
  return (
    <span className={w.long ? 'waiting waiting-long' : 'waiting'}>
      <time dateTime={since} title={w.exact}>
        {w.relative}
      </time>
      <span className="visually-hidden"> ({w.exact})</span>
    </span>
  );
}
