# syntax=docker/dockerfile:1
# One image for every Syndesmos process (api, realtime, worker, migrate);
# docker-compose.yml picks the entrypoint per service.

# Node.js 24 LTS, the exact release CI tests on as its second Node (.ci/run, NODE24_VERSION).
ARG NODE_VERSION=24.22.3

# ---- build: full dependency tree, compile TypeScript with swc into dist/ and the web app
# with Vite into apps/web/dist/ (both are `npm run build`) ----
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# Skip the install-time telemetry ping some dependencies make.
ENV SCARF_ANALYTICS=false

# Manifests first so the npm ci layer is reused until dependencies change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# nest-cli.json is matched with a glob so the build does not fail if it is absent
# (the build itself runs swc, not the Nest CLI).
COPY tsconfig*.json .swcrc nest-cli.json* ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
# The contract the web app's API client is generated from.
COPY openapi.json ./
RUN npm run build

# ---- runtime: production dependencies + compiled output only ----
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# NODE_OPTIONS: the same young-generation size as SERVICE_NODE_FLAGS in libs/runtime.
ENV NODE_ENV=production \
    NODE_OPTIONS=--max-semi-space-size=32 \
    SCARF_ANALYTICS=false
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY --from=build /app/dist ./dist
# The API serves the web app from here (WEB_DIST_DIR, relative to /app).
COPY --from=build /app/apps/web/dist ./apps/web/dist

# Code stays root-owned (read-only to the app); only .data is writable by it.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node

EXPOSE 3000 3001 3002
CMD ["node", "dist/apps/api/src/main.js"]
