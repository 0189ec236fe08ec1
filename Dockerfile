# Container image of the Milton Keynes safeguarding assistant (docs/DEPLOY.md, "Container").
#
#   docker build -t mk-safeguarding-assistant .
#   docker run -d --name mk-assistant --env-file .env -p 3978:3978 \
#     -v mk-assistant-data:/data mk-safeguarding-assistant
#
# Node 22 LTS (24 works too: --build-arg NODE_IMAGE=node:24-bookworm-slim). Node 20 is past its
# end of life. The build stage compiles dist/ with the dev tools; the image itself gets only the
# runtime dependencies, runs as an unprivileged user and keeps its data on the /data volume.
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    PORT=3978 \
    DATA_DIR=/data \
    npm_config_update_notifier=false
WORKDIR /app
# A user of its own with no login and no home: the code it runs belongs to root and cannot be
# changed by it; the only place it writes is /data (and /tmp).
RUN groupadd --system --gid 10001 assistant \
 && useradd --system --uid 10001 --gid assistant --no-create-home --home-dir /nonexistent \
      --shell /usr/sbin/nologin assistant \
 && mkdir /data \
 && chown assistant:assistant /data \
 && chmod 700 /data
COPY package.json package-lock.json ./
# --ignore-scripts: nothing in the image needs an install script (dist/ was built above), and
# botbuilder-dialogs' postinstall would fetch rimraf, a dev tool, with npx.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force
COPY --from=build /app/dist ./dist
# Content read at run time, and the sources the operator commands (npm run backup) run from.
COPY knowledge ./knowledge
COPY dialogs ./dialogs
COPY src ./src
COPY tsconfig.json ./
COPY deploy/healthcheck.mjs ./deploy/healthcheck.mjs
VOLUME ["/data"]
USER 10001:10001
# Listens on 0.0.0.0 only when MicrosoftAppId is set; in local mode (no credentials) it listens
# on the container's own loopback, so a published port reaches nothing: see docs/DEPLOY.md.
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=6s --start-period=30s --retries=3 \
  CMD ["node", "deploy/healthcheck.mjs"]
# node itself, not npm start: it gets SIGTERM from `docker stop` and shuts down cleanly, and it
# never tries to rebuild dist/ inside the image.
CMD ["node", "dist/main.js"]
