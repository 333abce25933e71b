package org.citiverse.complaint.domain;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Objects;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A photo a citizen attached to a complaint, as the city keeps it. An upload is never stored as sent:
 * a phone photo carries where it was taken (GPS), the device, often the owner's name, and any file
 * can pretend to be a picture. So {@link #accept(byte[])} sniffs the type from the first bytes (the
 * file name and the declared type are never trusted), refuses decompression bombs from the header
 * before a pixel is decoded, and draws the pixels into a fresh image that is encoded again. Nothing
 * of the original file but its pixels survives: no EXIF, XMP, ICC profile, comment or text chunk.
 *
 * <p>Only JPEG and PNG are accepted: they are what phones and browsers send, and what the JDK can
 * decode. WebP is refused because the JDK's image I/O cannot read it; GIF, SVG (script) and PDF are
 * no photos.
 *
 * <p>Stateless and thread-safe; it needs no display (it runs on a headless server) and sets nothing
 * global. Decoding holds the whole photo in memory (up to {@link #MAX_PIXELS} pixels, a few hundred
 * MB at worst), so callers bound how many run at once.
 *
 * @param contentType {@code image/jpeg} or {@code image/png}
 * @param bytes the re-encoded photo (copied in and out: the record stays immutable)
 * @param width in pixels, after scaling and orientation
 * @param height in pixels, after scaling and orientation
 */
public record Photo(String contentType, byte[] bytes, int width, int height) {

    /** The largest upload taken (phone photos are 2–6 MB). */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The most pixels decoded: a few hundred MB in memory at most. */
    public static final int MAX_PIXELS = 40_000_000;
    /** The longest side decoded: no camera makes more, a bomb does. */
    public static final int MAX_SIDE = 12_000;
    /** The longest side kept: enough to see a pothole, small to store and send. */
    public static final int LONGEST_SIDE = 2048;

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final float JPEG_QUALITY = 0.85f;
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Why an upload was refused. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_AN_IMAGE, TOO_MANY_PIXELS, UNREADABLE }

    /** An upload that is not kept, and why. */
    public static class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final Reason reason;

        public Refused(Reason reason) {
            this(reason, null);
        }

        public Refused(Reason reason, Throwable cause) {
            super("photo refused: " + reason, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    public Photo {
        Objects.requireNonNull(contentType, "contentType");
        bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    /** A copy: the kept photo cannot be changed through it. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** How many bytes the photo takes, without copying it. */
    public int size() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Photo p && contentType.equals(p.contentType) && width == p.width
                && height == p.height && Arrays.equals(bytes, p.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentType, width, height, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "Photo[" + contentType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }

    /**
     * The photo to keep from an upload: JPEG stays JPEG, PNG stays PNG, scaled down to at most
     * {@link #LONGEST_SIDE} (never up), turned upright as its EXIF orientation said, and stripped of
     * all metadata.
     *
     * @throws Refused when the upload is empty, too large, no JPEG or PNG, too many pixels, or broken
     */
    public static Photo accept(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new Refused(Reason.EMPTY);
        }
        if (upload.length > MAX_BYTES) {
            throw new Refused(Reason.TOO_LARGE);
        }
        String type = sniff(upload);
        if (type == null) {
            throw new Refused(Reason.NOT_AN_IMAGE);
        }
        BufferedImage decoded = decode(upload);
        boolean jpeg = JPEG.equals(type);
        int orientation = jpeg ? Exif.orientation(upload) : 1;
        BufferedImage clean = orient(scale(decoded, !jpeg && decoded.getColorModel().hasAlpha()), orientation);
        return new Photo(type, encode(clean, jpeg), clean.getWidth(), clean.getHeight());
    }

    /** The type the first bytes show, or null. */
    private static String sniff(byte[] upload) {
        if (startsWith(upload, JPEG_MAGIC)) {
            return JPEG;
        }
        if (startsWith(upload, PNG_MAGIC)) {
            return PNG;
        }
        return null;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }

    /** The pixels, after the header has shown the image is not too big to decode. */
    private static BufferedImage decode(byte[] upload) {
        ImageReader reader = null;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Refused(Reason.UNREADABLE);
            }
            reader = readers.next();
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                throw new Refused(Reason.UNREADABLE);
            }
            if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                throw new Refused(Reason.TOO_MANY_PIXELS);
            }
            BufferedImage image = reader.read(0);
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                throw new Refused(Reason.UNREADABLE);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw new Refused(Reason.UNREADABLE, e);
        } finally {
            if (reader != null) {
                reader.dispose();
            }
        }
    }

    /**
     * A fresh image of at most {@link #LONGEST_SIDE}: halved step by step while more than twice too
     * big (bilinear), then drawn to size (bicubic), which keeps fine lines without the cost of one
     * big bicubic step. JPEG has no alpha, so transparent parts become white.
     */
    private static BufferedImage scale(BufferedImage source, boolean keepAlpha) {
        int w = source.getWidth();
        int h = source.getHeight();
        int longest = Math.max(w, h);
        int targetW = w;
        int targetH = h;
        if (longest > LONGEST_SIDE) {
            double factor = (double) LONGEST_SIDE / longest;
            targetW = w >= h ? LONGEST_SIDE : Math.max(1, (int) Math.round(w * factor));
            targetH = h > w ? LONGEST_SIDE : Math.max(1, (int) Math.round(h * factor));
        }
        BufferedImage current = source;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH
                && (current.getWidth() / 2 > targetW || current.getHeight() / 2 > targetH)) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, keepAlpha,
                    RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, targetW, targetH, keepAlpha, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, boolean keepAlpha,
                                      Object interpolation) {
        BufferedImage target = new BufferedImage(width, height,
                keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            if (!keepAlpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /**
     * Turned as the EXIF orientation (1–8) said: the tag goes with the rest of the metadata, so
     * without this a portrait phone photo would be shown on its side.
     */
    private static BufferedImage orient(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean swap = orientation >= 5;
        BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h, image.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Encoded with no metadata at all: the writer adds only what the format needs. */
    private static byte[] encode(BufferedImage image, boolean jpeg) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("an image drawn in memory could not be encoded", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Reads the one EXIF tag worth keeping, the orientation, from a JPEG's APP1 segment. */
    private static final class Exif {

        private static final int ORIENTATION_TAG = 0x0112;
        private static final int SHORT = 3;

        /** 1 to 8; 1 (as taken) when there is no EXIF or it cannot be read. */
        static int orientation(byte[] jpeg) {
            try {
                int at = 2;
                while (at + 4 <= jpeg.length) {
                    if ((jpeg[at] & 0xFF) != 0xFF) {
                        return 1;
                    }
                    int marker = jpeg[at + 1] & 0xFF;
                    if (marker == 0xFF) {
                        at++;
                        continue;
                    }
                    if (marker == 0xDA || marker == 0xD9) {
                        return 1;
                    }
                    if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                        at += 2;
                        continue;
                    }
                    int length = u16(jpeg, at + 2, false);
                    int start = at + 4;
                    int end = Math.min(jpeg.length, at + 2 + length);
                    if (length < 2) {
                        return 1;
                    }
                    if (marker == 0xE1 && end - start > 14 && startsWithExif(jpeg, start)) {
                        return fromTiff(jpeg, start + 6, end);
                    }
                    at = at + 2 + length;
                }
            } catch (RuntimeException e) {
                return 1;
            }
            return 1;
        }

        private static boolean startsWithExif(byte[] data, int at) {
            return data[at] == 'E' && data[at + 1] == 'x' && data[at + 2] == 'i' && data[at + 3] == 'f'
                    && data[at + 4] == 0 && data[at + 5] == 0;
        }

        private static int fromTiff(byte[] data, int tiff, int end) {
            boolean little;
            if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
                little = true;
            } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
                little = false;
            } else {
                return 1;
            }
            if (u16(data, tiff + 2, little) != 42) {
                return 1;
            }
            long ifd = tiff + (u32(data, tiff + 4, little));
            if (ifd + 2 > end) {
                return 1;
            }
            int entries = u16(data, (int) ifd, little);
            for (int i = 0; i < entries; i++) {
                int entry = (int) ifd + 2 + 12 * i;
                if (entry + 12 > end) {
                    return 1;
                }
                if (u16(data, entry, little) == ORIENTATION_TAG) {
                    int value = u16(data, entry + 8, little);
                    return u16(data, entry + 2, little) == SHORT && value >= 1 && value <= 8 ? value : 1;
                }
            }
            return 1;
        }

        private static int u16(byte[] data, int at, boolean little) {
            int a = data[at] & 0xFF;
            int b = data[at + 1] & 0xFF;
            return little ? b << 8 | a : a << 8 | b;
        }

        private static long u32(byte[] data, int at, boolean little) {
            long high = u16(data, little ? at + 2 : at, little);
            long low = u16(data, little ? at : at + 2, little);
            return high << 16 | low;
        }
    }
}
