# Built web assets served by `serve -s build`: split onto nginx, which serves them (on port 80) instead.
# expect: MissingMultiStageBuild
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD ["npx", "serve", "-s", "build", "-l", "3000"]
