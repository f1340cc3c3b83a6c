FROM debian:12
# expect: WorldWritablePermissions:11 "`chmod 777` lets every user of the container write these files"
RUN chmod 777 /srv/app
# expect: WorldWritablePermissions:14 "`chmod 0777`"
RUN chmod -R 0777 /srv/data
# expect: WorldWritablePermissions:11 "`chmod 666`"
RUN chmod 666 /etc/app.conf
# expect: WorldWritablePermissions:11 "`chmod a+rwx`"
RUN chmod a+rwx /srv/cache
# expect: WorldWritablePermissions:11 "`chmod o+w`"
RUN chmod o+w /var/log/app
# expect: WorldWritablePermissions:14 "`mkdir -m 777`"
RUN mkdir -m 777 /uploads
# expect: WorldWritablePermissions:26 "`install -m 0777`"
RUN install -d -o app -m 0777 /srv/run
