import { useEffect, useState } from "react";

/** Whether a CSS media query matches now; follows changes (a window resized, a phone turned). */
export function useMediaQuery(query: string): boolean {
  // Server-side rendering (the component tests) has no window: assume a wide, mouse-driven screen.
  const [matches, setMatches] = useState(() =>
    typeof window === "undefined" ? false : window.matchMedia(query).matches,
  );
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = (): void => {
      setMatches(list.matches);
    };
    onChange();
    list.addEventListener("change", onChange);
    return () => {
      list.removeEventListener("change", onChange);
    };
  }, [query]);
  return matches;
}
