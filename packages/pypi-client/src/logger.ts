/** Where the library reports what it does; the action maps it to `core.info/warning`, the CLI to stderr. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  /** Detail shown with `verbose`. */
  debug(message: string): void;
}

export const silentLogger: Logger = {
  info: () => {},
  warning: () => {},
  debug: () => {},
};

/** Registers a value that must never be printed (the action passes `core.setSecret`). */
export type MaskSecret = (secret: string) => void;
