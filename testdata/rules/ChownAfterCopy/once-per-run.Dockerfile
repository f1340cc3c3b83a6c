FROM debian:12-slim
RUN curl -fsSL https://example.com/app.zip -o /tmp/app.zip && unzip /tmp/app.zip -d /app && rm /tmp/app.zip
# chown and chmod in one RUN copy the files once: one finding
# expect: ChownAfterCopy "`chown -R 1001:0 /app` rewrites the files unpacked by unzip (line 2)"
RUN chown -R 1001:0 /app && chmod -R g+rwX /app
