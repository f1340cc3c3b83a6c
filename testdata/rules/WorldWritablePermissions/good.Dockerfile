FROM debian:12
RUN chmod 755 /srv/app && chmod 644 /etc/app.conf && chmod 775 /srv/shared
# the sticky bit of shared scratch directories
RUN chmod 1777 /tmp/shared && chmod a+rwxt /var/tmp/shared
# umask keeps a bare +w from others
RUN chmod +w /srv/app && chmod u+w,g+w /srv/app && chmod a+rx /srv/app
# a directory the RUN removes again, and a mktemp directory
RUN mkdir /build && chmod 777 /build && make -C /build && rm -rf /build
RUN tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && make -C "$tempDir"
# opened for one edit and closed again in the same RUN: no layer keeps it world-writable
RUN chmod 666 /etc/sudoers && echo "app ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers && chmod 440 /etc/sudoers
RUN chmod a+w /etc/app.conf && sed -i 's/a/b/' /etc/app.conf && chmod o-w /etc/app.conf
