package org.citiverse.complaint.domain;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.citiverse.complaint.domain.Photo.Reason;
import org.citiverse.complaint.domain.Photo.Refused;
import org.junit.jupiter.api.Test;

class PhotoTest {

    private static final String GPS_TEXT = "GPSLatitude 52.3676 N GPSLongitude 4.9041 E";
    private static final String COMMENT = "taken from the bedroom window of Jan at Keizersgracht 12";

    @Test
    void aJpegIsKeptAsAJpegOfTheSameSize() {
        Photo photo = Photo.accept(encode(picture(640, 480, false), "jpeg"));
        assertEquals("image/jpeg", photo.contentType());
        assertEquals(640, photo.width());
        assertEquals(480, photo.height());
        BufferedImage back = decode(photo.bytes());
        assertEquals(640, back.getWidth(), "the bytes hold what the record says");
        assertEquals(480, back.getHeight());
        assertTrue(jpegMarkers(photo.bytes()).contains(0xD9), "a complete JPEG");
    }

    @Test
    void aPngIsKeptAsAPngWithItsTransparency() {
        Photo photo = Photo.accept(encode(picture(300, 200, true), "png"));
        assertEquals("image/png", photo.contentType());
        assertEquals(300, photo.width());
        assertEquals(200, photo.height());
        BufferedImage back = decode(photo.bytes());
        assertEquals(300, back.getWidth());
        assertEquals(200, back.getHeight());
        assertTrue(back.getColorModel().hasAlpha(), "a PNG keeps its alpha");
        assertEquals(0, back.getRGB(299, 199) >>> 24, "the transparent corner stays transparent");
    }

    @Test
    void aBigPhotoIsScaledToTheLongestSideKeepingItsShape() {
        Photo wide = Photo.accept(encode(picture(4000, 3000, false), "jpeg"));
        assertEquals(Photo.LONGEST_SIDE, wide.width());
        assertEquals(1536, wide.height(), "4:3 stays 4:3");
        assertEquals(2048, decode(wide.bytes()).getWidth());

        Photo tall = Photo.accept(encode(picture(1000, 5000, false), "png"));
        assertEquals(410, tall.width(), "1:5, rounded");
        assertEquals(Photo.LONGEST_SIDE, tall.height());
    }

    @Test
    void aSmallPhotoIsNotScaledUp() {
        Photo photo = Photo.accept(encode(picture(120, 90, false), "jpeg"));
        assertEquals(120, photo.width());
        assertEquals(90, photo.height());
    }

    @Test
    void jpegMetadataIsStripped() {
        byte[] jpeg = encode(picture(200, 100, false), "jpeg");
        byte[] upload = withSegments(jpeg,
                segment(0xE1, exif(1)),
                segment(0xE1, ("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>52,22.05N"
                        + "</exif:GPSLatitude></x:xmpmeta>").getBytes(US_ASCII)),
                segment(0xE2, iccSegment()),
                segment(0xFE, COMMENT.getBytes(US_ASCII)));
        List<Integer> sent = jpegMarkers(upload);
        assertTrue(sent.contains(0xE1) && sent.contains(0xE2) && sent.contains(0xFE), "the test sends metadata");
        assertTrue(contains(upload, "GPSLatitude"), "the test sends a location");

        Photo photo = Photo.accept(upload);
        List<Integer> kept = jpegMarkers(photo.bytes());
        for (int marker = 0xE1; marker <= 0xEF; marker++) {
            assertFalse(kept.contains(marker), "no APP" + (marker - 0xE0) + " segment: " + hex(kept));
        }
        assertFalse(kept.contains(0xFE), "no comment segment: " + hex(kept));
        assertTrue(List.of(0xD8, 0xE0, 0xDB, 0xC0, 0xC4, 0xDA, 0xD9).containsAll(kept),
                "only what a baseline JPEG needs (APP0 is the plain JFIF header): " + hex(kept));
        assertFalse(contains(photo.bytes(), "GPSLatitude"), "the location is gone");
        assertFalse(contains(photo.bytes(), "Keizersgracht"), "the comment is gone");
        assertFalse(contains(photo.bytes(), "ICC_PROFILE"), "the colour profile is gone");
        assertFalse(contains(photo.bytes(), "Exif"), "no EXIF at all");
        assertEquals(200, photo.width());
    }

    @Test
    void thePhotoIsTurnedUprightAsItsExifOrientationSaid() {
        BufferedImage sideways = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sideways.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 40, 40);
        g.setColor(Color.BLUE);
        g.fillRect(40, 0, 40, 40);
        g.dispose();
        byte[] upload = withSegments(encode(sideways, "jpeg"), segment(0xE1, exif(6)));

        Photo photo = Photo.accept(upload);
        assertEquals(40, photo.width(), "turned a quarter clockwise");
        assertEquals(80, photo.height());
        BufferedImage upright = decode(photo.bytes());
        assertTrue(reddish(upright.getRGB(20, 10)), "the left (red) half is now on top");
        assertFalse(reddish(upright.getRGB(20, 70)), "the right (blue) half is now below");
        assertFalse(contains(photo.bytes(), "Exif"), "and the orientation tag itself is gone");
    }

    @Test
    void pngTextChunksAreStripped() {
        byte[] png = encode(picture(64, 48, false), "png");
        byte[] upload = withChunks(png,
                chunk("tEXt", ("Comment\0" + COMMENT).getBytes(ISO_8859_1)),
                chunk("iTXt", ("XML:com.adobe.xmp\0\0\0\0\0<exif:GPSLatitude>52,22.05N</exif:GPSLatitude>")
                        .getBytes(ISO_8859_1)),
                chunk("eXIf", Arrays.copyOfRange(exif(1), 6, exif(1).length)));
        assertTrue(pngChunks(upload).containsAll(List.of("tEXt", "iTXt", "eXIf")), "the test sends metadata");

        Photo photo = Photo.accept(upload);
        assertEquals("image/png", photo.contentType());
        List<String> kept = pngChunks(photo.bytes());
        for (String chunk : List.of("tEXt", "iTXt", "zTXt", "eXIf", "iCCP", "tIME")) {
            assertFalse(kept.contains(chunk), "no " + chunk + " chunk: " + kept);
        }
        assertEquals(List.of("IHDR", "IDAT", "IEND"), kept.stream().distinct().toList(),
                "only what a PNG needs");
        assertFalse(contains(photo.bytes(), "Keizersgracht"), "the comment is gone");
        assertFalse(contains(photo.bytes(), "GPSLatitude"), "the location is gone");
        assertEquals(64, photo.width());
        assertEquals(48, photo.height());
    }

    @Test
    void anEmptyOrOversizedUploadIsRefused() {
        assertRefused(Reason.EMPTY, new byte[0], "nothing sent");
        assertRefused(Reason.EMPTY, null, "no upload at all");
        byte[] huge = new byte[Photo.MAX_BYTES + 1];
        System.arraycopy(encode(picture(10, 10, false), "jpeg"), 0, huge, 0, 100);
        assertRefused(Reason.TOO_LARGE, huge, "one byte over the limit, even when it starts as a JPEG");
    }

    @Test
    void onlyJpegAndPngAreImages() {
        assertRefused(Reason.NOT_AN_IMAGE, encode(picture(20, 20, false), "gif"), "GIF");
        assertRefused(Reason.NOT_AN_IMAGE, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(US_ASCII), "SVG");
        assertRefused(Reason.NOT_AN_IMAGE, "<!DOCTYPE html><html><body>hi</body></html>".getBytes(US_ASCII), "HTML");
        assertRefused(Reason.NOT_AN_IMAGE, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3".getBytes(ISO_8859_1), "PDF");
        assertRefused(Reason.NOT_AN_IMAGE, "RIFF\u0024\0\0\0WEBPVP8 ".getBytes(ISO_8859_1), "WebP, which the JDK cannot read");
        assertRefused(Reason.NOT_AN_IMAGE, "just some text".getBytes(US_ASCII), "text");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 0x00;
        assertRefused(Reason.NOT_AN_IMAGE, noise, "random bytes");
        assertRefused(Reason.NOT_AN_IMAGE, new byte[] {(byte) 0xFF, (byte) 0xD8}, "too short to be a JPEG");
    }

    @Test
    void aBrokenImageIsUnreadable() {
        byte[] garbage = new byte[2048];
        new Random(7).nextBytes(garbage);
        assertRefused(Reason.UNREADABLE, concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
                garbage), "a JPEG start followed by garbage");
        assertRefused(Reason.UNREADABLE, concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
                garbage), "a PNG signature followed by garbage");
        byte[] png = encode(picture(200, 200, false), "png");
        assertRefused(Reason.UNREADABLE, Arrays.copyOf(png, png.length / 2), "a PNG cut off half way");
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutDecoding() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertRefused(Reason.TOO_MANY_PIXELS, pngClaiming(50_000, 50_000), "2.5 gigapixels in a few bytes");
            assertRefused(Reason.TOO_MANY_PIXELS, pngClaiming(8_000, 6_000), "48 megapixels");
            assertRefused(Reason.TOO_MANY_PIXELS, pngClaiming(Photo.MAX_SIDE + 1, 10), "one side too long");
            assertRefused(Reason.TOO_MANY_PIXELS, jpegClaiming(60_000, 60_000), "a JPEG frame header that lies");
        }, "a bomb is refused before its pixels are decoded");
    }

    @Test
    void thePhotoCannotBeChangedFromOutside() {
        byte[] bytes = {1, 2, 3};
        Photo photo = new Photo("image/png", bytes, 1, 1);
        bytes[0] = 9;
        assertEquals(1, photo.bytes()[0], "copied in");
        photo.bytes()[1] = 9;
        assertEquals(2, photo.bytes()[1], "copied out");
        assertEquals(new Photo("image/png", new byte[] {1, 2, 3}, 1, 1), photo, "equal by content");
        assertNotEquals(new Photo("image/png", new byte[] {1, 2, 4}, 1, 1), photo);
        assertArrayEquals(new byte[] {1, 2, 3}, photo.bytes());
        assertEquals(3, photo.size());
    }

    // --- helpers

    private static void assertRefused(Reason reason, byte[] upload, String what) {
        Refused refused = assertThrows(Refused.class, () -> Photo.accept(upload), what);
        assertEquals(reason, refused.reason(), what);
    }

    /** A photo-like picture: a gradient with shapes, and a transparent corner when asked. */
    private static BufferedImage picture(int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, width, height, Color.DARK_GRAY));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.GREEN);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        if (alpha) {
            for (int y = height - 10; y < height; y++) {
                for (int x = width - 10; x < width; x++) {
                    image.setRGB(x, y, 0);
                }
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertTrue(ImageIO.write(image, format, out), "the JDK writes " + format);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean reddish(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int b = rgb & 0xFF;
        return r > 180 && b < 80;
    }

    // --- JPEG segments

    /** The markers of a JPEG up to its scan, then the last one (EOI when complete). */
    private static List<Integer> jpegMarkers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        assertEquals(0xFF, jpeg[0] & 0xFF, "a JPEG starts with SOI");
        assertEquals(0xD8, jpeg[1] & 0xFF, "a JPEG starts with SOI");
        markers.add(0xD8);
        int at = 2;
        while (at + 4 <= jpeg.length) {
            assertEquals(0xFF, jpeg[at] & 0xFF, "a marker at " + at);
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        if ((jpeg[jpeg.length - 2] & 0xFF) == 0xFF) {
            markers.add(jpeg[jpeg.length - 1] & 0xFF);
        }
        return markers;
    }

    private static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        assertTrue(length <= 0xFFFF, "a segment holds at most 64 KB");
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    /** The JPEG with the segments put in right after its SOI. */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        byte[] result = Arrays.copyOf(jpeg, 2);
        for (byte[] s : segments) {
            result = concat(result, s);
        }
        return concat(result, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /**
     * An EXIF payload as a phone writes it: IFD0 with an orientation, a description and a pointer to
     * a GPS IFD with latitude and longitude.
     */
    private static byte[] exif(int orientation) {
        byte[] text = (GPS_TEXT + "\0").getBytes(US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(512).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int ifd0Entries = 3;
        int gpsIfd = 8 + 2 + 12 * ifd0Entries + 4;
        int gpsEntries = 4;
        int rationals = gpsIfd + 2 + 12 * gpsEntries + 4;
        int description = rationals + 6 * 8;
        tiff.putShort((short) ifd0Entries);
        entry(tiff, 0x010E, 2, text.length, description);          // ImageDescription
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1)  // Orientation
                .putShort((short) orientation).putShort((short) 0);
        entry(tiff, 0x8825, 4, 1, gpsIfd);                          // GPS IFD pointer
        tiff.putInt(0);
        tiff.putShort((short) gpsEntries);
        entry(tiff, 0x0001, 2, 2, 'N' << 24);                        // GPSLatitudeRef
        entry(tiff, 0x0002, 5, 3, rationals);                        // GPSLatitude
        entry(tiff, 0x0003, 2, 2, 'E' << 24);                        // GPSLongitudeRef
        entry(tiff, 0x0004, 5, 3, rationals + 24);                   // GPSLongitude
        tiff.putInt(0);
        for (int value : new int[] {52, 22, 3, 4, 54, 15}) {
            tiff.putInt(value).putInt(1);
        }
        tiff.put(text);
        byte[] body = Arrays.copyOf(tiff.array(), tiff.position());
        return concat("Exif\0\0".getBytes(US_ASCII), body);
    }

    private static void entry(ByteBuffer ifd, int tag, int type, int count, int value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    /** An APP2 colour profile segment as cameras write it (sRGB, in one piece). */
    private static byte[] iccSegment() {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return concat(concat("ICC_PROFILE\0".getBytes(US_ASCII), new byte[] {1, 1}), profile);
    }

    /** A small real JPEG whose frame header (SOF0) is changed to claim the size given. */
    private static byte[] jpegClaiming(int width, int height) {
        byte[] jpeg = encode(picture(16, 16, false), "jpeg");
        int at = 2;
        while ((jpeg[at + 1] & 0xFF) != 0xC0) {
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        jpeg[at + 5] = (byte) (height >> 8);
        jpeg[at + 6] = (byte) height;
        jpeg[at + 7] = (byte) (width >> 8);
        jpeg[at + 8] = (byte) width;
        return jpeg;
    }

    // --- PNG chunks

    private static List<String> pngChunks(byte[] png) {
        List<String> chunks = new ArrayList<>();
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ByteBuffer.wrap(png, at, 4).getInt();
            chunks.add(new String(png, at + 4, 4, US_ASCII));
            at += 12 + length;
        }
        return chunks;
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data)
                .putInt((int) crc.getValue()).array();
    }

    /** The PNG with the chunks put in right after its IHDR. */
    private static byte[] withChunks(byte[] png, byte[]... chunks) {
        int afterHeader = 8 + 12 + 13;
        byte[] result = Arrays.copyOf(png, afterHeader);
        for (byte[] c : chunks) {
            result = concat(result, c);
        }
        return concat(result, Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** A hand-made PNG whose header claims the size given, with a tiny data chunk behind it. */
    private static byte[] pngClaiming(int width, int height) {
        byte[] header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] compressed = new byte[256];
        int length = deflater.deflate(compressed);
        deflater.end();
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, chunk("IHDR", header));
        png = concat(png, chunk("IDAT", Arrays.copyOf(compressed, length)));
        return concat(png, chunk("IEND", new byte[0]));
    }

    // --- bytes

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }

    private static boolean contains(byte[] data, String text) {
        return new String(data, ISO_8859_1).contains(text);
    }

    private static String hex(List<Integer> markers) {
        return markers.stream().map(m -> String.format("%02X", m)).toList().toString();
    }
}
