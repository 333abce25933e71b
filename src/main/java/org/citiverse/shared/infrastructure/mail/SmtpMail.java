package org.citiverse.shared.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.shared.application.Mail;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail over the city's SMTP server ({@code mail.*} server variables). Without {@code mail.host}
 * nothing is sent: the portal's own pages (the visit log, My reports) are then the only way people learn what happened.
 * Addresses and texts are never logged (personal data); a refusal is logged by its kind only.
 */
@ApplicationScoped
public class SmtpMail implements Mail {

    private static final Logger LOG = Logger.getLogger(SmtpMail.class.getName());

    @Inject
    @ConfigProperty(name = "mail.host")
    Optional<String> host; // an empty server variable counts as not set

    @Inject
    @ConfigProperty(name = "mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "mail.from", defaultValue = "citiverse@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "mail.user")
    Optional<String> user; // an empty server variable counts as not set

    @Inject
    @ConfigProperty(name = "mail.password")
    Optional<String> password; // an empty server variable counts as not set

    @Inject
    @ConfigProperty(name = "mail.starttls", defaultValue = "true")
    boolean starttls;

    private Session session;

    @PostConstruct
    void configure() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            return;
        }
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host.get());
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(starttls));
        properties.put("mail.smtp.starttls.required", Boolean.toString(starttls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.writetimeout", "10000");
        boolean authenticate = user.filter(u -> !u.isBlank()).isPresent();
        properties.put("mail.smtp.auth", Boolean.toString(authenticate));
        session = Session.getInstance(properties, !authenticate ? null : new jakarta.mail.Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        });
    }

    @Override
    public boolean send(String address, String subject, String text) {
        if (session == null) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(address, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(text, StandardCharsets.UTF_8.name());
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "A ring could not be e-mailed: {0}", e.getClass().getSimpleName());
            return false;
        }
    }
}
