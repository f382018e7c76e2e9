import { useEffect, useState } from 'react';
import { sha256Hex } from './notice-text';

/**
 * The hex SHA-256 of `text`, computed in the browser: undefined while it is being computed, null
 * where Web Crypto is missing (plain http on another host).
 */
export const useSha256 = (text: string | undefined): string | null | undefined => {
  const [result, setResult] = useState<{ text: string; hex: string | null }>();
  useEffect(() => {
    if (text === undefined) return;
    let live = true;
    void sha256Hex(text).then((hex) => {
      if (live) setResult({ text, hex });
    });
    return () => {
      live = false;
    };
  }, [text]);
  return text !== undefined && result?.text === text ? result.hex : undefined;
};
