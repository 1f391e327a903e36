/** Query hooks of the catalogue: indicators, places and responsible bodies, which change rarely and are cached long. */
import { useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { BodyResponse, IndicatorResponse, PlaceResponse } from "../../../contract/catalogue.ts";
import { useLanguage } from "../i18n/i18n.context.tsx";
import { api, inLanguage, request, requestAllPages } from "./client.ts";

const staleTime = 10 * 60 * 1000;

/** GET /api/indicators — the indicator catalogue. */
export function useIndicators() {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["indicators"],
    queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/indicators", { params: { query: page }, ...inLanguage(lang, signal) }), IndicatorResponse),
    staleTime,
  });
}

/** GET /api/places — cities, districts, zones and parks; `enabled` false holds the request back. */
export function usePlaces(enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["places"],
    queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/places", { params: { query: page }, ...inLanguage(lang, signal) }), PlaceResponse),
    staleTime,
    enabled,
  });
}

/** GET /api/bodies — responsible bodies (责任单位), the other kind of scope besides places. */
export function useBodies(enabled = true) {
  const { lang } = useLanguage();
  return useQuery({
    queryKey: ["bodies"],
    queryFn: ({ signal }) => requestAllPages((page) => api.GET("/api/bodies", { params: { query: page }, ...inLanguage(lang, signal) }), BodyResponse),
    staleTime,
    enabled,
  });
}
