package org.citiverse.device.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The converters the pipeline knows, by content type (the same set {@link DeviceMessage} accepts). */
public final class ReadingConverters {

    private static final Map<String, ReadingConverter> BY_TYPE = List.of(new SenmlConverter(),
            new CitiverseJsonConverter(), new LorawanUplinkConverter()).stream()
            .collect(Collectors.toUnmodifiableMap(ReadingConverter::contentType, Function.identity()));

    private ReadingConverters() {
    }

    /** The converter of a content type that {@link DeviceMessage#validate} accepted. */
    public static ReadingConverter of(String contentType) {
        ReadingConverter converter = BY_TYPE.get(contentType);
        if (converter == null) {
            throw new IllegalStateException("no converter for " + contentType);
        }
        return converter;
    }
}
