FROM debian:12
# a later chmod that leaves the others-write bit, or changes another path, does not restore it
# expect: WorldWritablePermissions:11 "`chmod 666`"
RUN chmod 666 /etc/app.conf && chmod +x /etc/app.conf
# expect: WorldWritablePermissions:11 "`chmod 777`"
RUN chmod 777 /srv/a /srv/b && chmod 755 /srv/a
# expect: WorldWritablePermissions:11 "`chmod 666`"
RUN chmod 666 /etc/app.conf && chmod 644 /etc/other.conf
