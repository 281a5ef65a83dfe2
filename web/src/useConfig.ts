import { useEffect, useState } from "react";
import type { Config } from "./api.js";
import { api } from "./api.js";

let cached: Promise<Config> | null = null;

/** The deployment's configuration (severities, kinds, roles, limits), read once per page load. */
export function useConfig(): Config | null {
  const [config, setConfig] = useState<Config | null>(null);
  useEffect(() => {
    cached ??= api<Config>("GET", "/config");
    let live = true;
    cached.then(
      (c) => {
        if (live) setConfig(c);
      },
      () => {
        cached = null; // try again on the next mount
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return config;
}
