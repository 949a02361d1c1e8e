import { useEffect, useState } from 'react';

/** Seconds left of a countdown, ticking down to 0, and a setter that starts one. */
export function useCountdown() {
  const [secondsLeft, start] = useState(0);
  useEffect(() => {
    if (secondsLeft <= 0) return;
    const timer = setTimeout(() => start((seconds) => seconds - 1), 1000);
    return () => clearTimeout(timer);
  }, [secondsLeft]);
  return [secondsLeft, start] as const;
}
