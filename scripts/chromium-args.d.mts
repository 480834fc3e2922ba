/** Flags that keep headless Chromium quiet and working as root on a machine with a closed network. */
export declare const CHROMIUM_ARGS: string[];
