# syntax=docker/dockerfile:1
# Muster in a container: `docker build -t muster .` then
# `docker run -p 4000:4000 -v muster-data:/data -e MUSTER_ADMIN_TOKEN=<16+ characters> muster`.
# See docs/deploy.md (compose with PostgreSQL, TLS behind a reverse proxy).

# Build stage: better-sqlite3 is a native module, so it needs a compiler here and not at run time.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Scripts off for the install (the "prepare" build needs the sources, copied below), then the
# native module is built for this image's Node.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build && npm prune --omit=dev

# Run stage: Node, the production dependencies and the build; no compiler, no sources.
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    MUSTER_DATA_DIR=/data \
    PORT=4000 \
    HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/scenarios ./scenarios
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM ends live streams, drains requests and closes storage (see "Durability" in README).
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "dist/src/cli/main.js"]
CMD ["serve"]
