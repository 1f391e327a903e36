/**
 * The place filter of the registry pages: the city, districts, counties and zones, starting at the
 * signed-in person's first place scope (a reporter or reviewer reads only there) or the city.
 */
import { Select } from "antd";
import { useState } from "react";
import { usePlaces } from "../../api/catalogue.api.ts";
import { useCurrentUser } from "../../api/session.api.ts";
import { useLanguage } from "../../i18n/i18n.context.tsx";

const SHOWN = new Set(["city", "district", "county", "hightech_zone"]);

/** The place a page starts at: the person's first place scope, else the city. */
export function useDefaultPlace(): [string, (code: string) => void] {
  const user = useCurrentUser();
  const scoped = user?.scopes.find((s) => s.kind === "place")?.code;
  const [place, setPlace] = useState<string | undefined>(undefined);
  return [place ?? scoped ?? "500000", setPlace];
}

/** A select of the places enterprises are filed under. */
export function PlaceSelect({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { lang, t } = useLanguage();
  const places = usePlaces();
  return (
    <Select
      showSearch
      size="small"
      style={{ width: 200 }}
      value={value}
      onChange={onChange}
      aria-label={t("ent.place")}
      optionFilterProp="label"
      options={(places.data ?? []).filter((p) => SHOWN.has(p.kind)).map((p) => ({ value: p.code, label: lang === "en" ? p.nameEn : p.nameZh }))}
      data-testid="enterprise-place"
    />
  );
}
