/** A value that follows its input only after the input has been still for `ms` (weights typed digit by digit). */
import { useEffect, useState } from "react";

export function useDebounced<T>(value: T, ms = 400): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
