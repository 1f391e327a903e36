/** Query hooks of the catalogue: indicators, places and responsible bodies, which change rarely and are cached long. */
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { BodyResponse, IndicatorResponse, PlaceResponse } from "../../../contract/catalogue.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request } from "./client.ts";

const staleTime = 10 * 60 * 1000;

/** GET /api/indicators — the indicator catalogue. */
export function useIndicators() {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["indicators"],
    queryFn: ({ signal }) => request(() => api.GET("/api/indicators", inLanguage(lang, signal)), z.array(IndicatorResponse)),
    staleTime,
  });
}

/** GET /api/places — cities, districts, zones and parks; `enabled` false holds the request back. */
export function usePlaces(enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["places"],
    queryFn: ({ signal }) => request(() => api.GET("/api/places", inLanguage(lang, signal)), z.array(PlaceResponse)),
    staleTime,
    enabled,
  });
}

/** GET /api/bodies — responsible bodies (责任单位), the other kind of scope besides places. */
export function useBodies(enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["bodies"],
    queryFn: ({ signal }) => request(() => api.GET("/api/bodies", inLanguage(lang, signal)), z.array(BodyResponse)),
    staleTime,
    enabled,
  });
}
