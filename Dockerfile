# Container image of the Milton Keynes safeguarding assistant (docs/DEPLOY.md, "Container").
#
#   docker build -t mk-safeguarding-assistant .
#   docker run -d --name mk-assistant --env-file .env -p 3978:3978 \
#     -v mk-assistant-data:/data mk-safeguarding-assistant
#
# Node 22 LTS (24 works too: --build-arg NODE_IMAGE=node:24-bookworm-slim). Node 20 is past its
# end of life. The image is built the way a server is installed: runtime dependencies only
# (npm ci --omit=dev), then dist/ compiled once. It runs as an unprivileged user that cannot
# change the code, and keeps its data on the /data volume.
ARG NODE_IMAGE=node:22-bookworm-slim
FROM ${NODE_IMAGE}

ENV NODE_ENV=production \
    PORT=3978 \
    DATA_DIR=/data \
    npm_config_update_notifier=false
WORKDIR /app

# A user of its own with no login and no home; the only places it writes are /data and /tmp.
RUN groupadd --system --gid 10001 assistant \
 && useradd --system --uid 10001 --gid assistant --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin assistant \
 && mkdir /data \
 && chown assistant:assistant /data \
 && chmod 700 /data

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
 && npm cache clean --force

# The sources (dist/ is built from them; npm run backup runs from them), the content read at run
# time, and the health check; .dockerignore keeps out secrets, data, tests and local builds.
# Owned by root: the assistant's user can read but not change them.
COPY . .
RUN npm run build

VOLUME ["/data"]
USER 10001:10001
# Listens on 0.0.0.0 only when MicrosoftAppId is set; in local mode (no credentials) it listens
# on the container's own loopback, so a published port reaches nothing: see docs/DEPLOY.md.
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=6s --start-period=30s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
# node itself, not npm start: it gets SIGTERM from `docker stop` and shuts down cleanly, and it
# never tries to rebuild dist/ inside the running container.
CMD ["node", "dist/main.js"]
