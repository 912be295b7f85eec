namespace Tidings.Storage;
