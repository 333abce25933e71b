package org.citiverse.accessibility;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** A JPEG as a phone would send it: pixels plus an EXIF segment that says where it was taken. */
final class PhoneJpeg {

    private PhoneJpeg() {
    }

    static Path write(Path file) throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 90, 90));
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.BLACK);
        g.fillOval(250, 200, 300, 180);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", jpeg);
        byte[] plain = jpeg.toByteArray();
        byte[] payload = ("Exif\0\0GPSLatitude 52.0907 N GPSLongitude 5.1214 E Owner Ana Citizen")
                .getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream phone = new ByteArrayOutputStream();
        phone.write(plain, 0, 2); // SOI
        phone.write(0xFF);
        phone.write(0xE1); // APP1
        int length = payload.length + 2;
        phone.write(length >> 8);
        phone.write(length & 0xFF);
        phone.write(payload);
        phone.write(plain, 2, plain.length - 2);
        return Files.write(file, phone.toByteArray());
    }
}
