package org.caspian.query.export;

import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * A Parquet codec factory that knows only UNCOMPRESSED. Parquet's default factory loads Hadoop's
 * compression classes even for uncompressed files; this one lets the writer run without Hadoop.
 */
final class UncompressedCodecs implements CompressionCodecFactory {

  private static final BytesInputCompressor COMPRESSOR = new BytesInputCompressor() {
    @Override
    public BytesInput compress(BytesInput bytes) {
      return bytes;
    }

    @Override
    public CompressionCodecName getCodecName() {
      return CompressionCodecName.UNCOMPRESSED;
    }

    @Override
    public void release() {}
  };

  private static final BytesInputDecompressor DECOMPRESSOR = new BytesInputDecompressor() {
    @Override
    public BytesInput decompress(BytesInput bytes, int size) {
      return bytes;
    }

    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output,
        int uncompressedSize) {
      ByteBuffer slice = input.duplicate();
      slice.limit(slice.position() + compressedSize);
      output.put(slice);
    }

    @Override
    public void release() {}
  };

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    require(codec);
    return COMPRESSOR;
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    require(codec);
    return DECOMPRESSOR;
  }

  @Override
  public void release() {}

  private static void require(CompressionCodecName codec) {
    if (codec != CompressionCodecName.UNCOMPRESSED) {
      throw new IllegalArgumentException("only uncompressed Parquet is supported, not " + codec);
    }
  }
}
