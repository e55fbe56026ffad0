package org.passage.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.ReadOnlyFileSystemException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Says what went wrong with a file, and why, in words: Java's own messages for the commonest
 * failures are a bare path ({@code AccessDeniedException: out/passage}).
 */
public final class IoErrors {
  private IoErrors() {}

  /** "out/passage: permission denied", "x.html: File name too long", … */
  public static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u) {
      return describe(u.getCause());
    }
    if (e instanceof FileSystemException f) {
      String files = f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile());
      String why = reason(f);
      return files.isEmpty() ? why : files + ": " + why;
    }
    if (e instanceof ReadOnlyFileSystemException) {
      return "the file system is read-only";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /**
   * Waits for {@code task}, which ran on another thread, and returns its result; what it failed
   * with is thrown as it was: an I/O failure (carried as {@link UncheckedIOException}) as the
   * {@link IOException}, an unchecked one as itself.
   */
  public static <T> T join(CompletableFuture<T> task) throws IOException {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** {@code e} with what was being done in front: "cannot create the staging folder: out: permission denied". */
  public static IOException wrap(String action, IOException e) {
    if (e instanceof Confined.OutsideFolderException) {
      return e;
    }
    return new IOException(action + ": " + describe(e), e);
  }

  private static String reason(FileSystemException f) {
    if (f instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (f instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (f instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (f instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    if (f instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (f instanceof FileSystemLoopException) {
      return "symbolic links make a loop";
    }
    return f.getReason() != null ? f.getReason() : "the operation failed";
  }
}
