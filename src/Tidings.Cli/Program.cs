Console.WriteLine("tidings");
