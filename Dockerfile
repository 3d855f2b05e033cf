# One image for every Landsea app; APP chooses which one the container runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000 SERVICES_AUTOSTART=false APP=node
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/libs/reference/data ./libs/reference/data
COPY --from=build /app/libs/bills/data ./libs/bills/data
USER node
EXPOSE 3000
CMD ["sh", "-c", "exec node dist/apps/${APP}/apps/${APP}/src/main.js"]
