package dev.retort.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a compiled class names: every text in its constant pool (string literals, member names, descriptors)
 * and the Retort packages it refers to. Read from the class file itself (JVMS chapter 4.4), so what counts is
 * what the compiler kept, not comments or imports that go unused.
 */
record CompiledClass(String name, String packageName, Set<String> texts, Set<String> referencedPackages) {
    private static final Pattern RETORT_TYPE = Pattern.compile("dev/retort/([a-z0-9_/]+)/[A-Za-z0-9_$]+");

    static CompiledClass read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(new DataInputStream(in));
        }
    }

    private static CompiledClass read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++; // a long or double takes two entries
                }
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.readUnsignedShort();
        String self = utf8[classIndex[in.readUnsignedShort()]].replace('/', '.');
        Set<String> texts = new LinkedHashSet<>();
        Set<String> packages = new LinkedHashSet<>();
        for (String text : utf8) {
            if (text == null) {
                continue;
            }
            texts.add(text);
            Matcher type = RETORT_TYPE.matcher(text);
            while (type.find()) {
                packages.add("dev.retort." + type.group(1).replace('/', '.'));
            }
        }
        String packageName = self.substring(0, self.lastIndexOf('.'));
        packages.remove(packageName);
        return new CompiledClass(self, packageName, texts, packages);
    }
}
