# A Node server runs its build output with node: which files it needs at run time is not known, so no fix.
# expect: MissingMultiStageBuild "dlint fix cannot split it: the image does not serve the build's output as static files"
FROM node:20
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/server.js"]
