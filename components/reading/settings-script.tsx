import { SETTINGS_SCRIPT } from "./settings";

/** Applies saved reading settings before first paint; carries the request's CSP nonce. */
export function SettingsScript({ nonce }: { nonce: string | undefined }) {
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: SETTINGS_SCRIPT }} />;
}
