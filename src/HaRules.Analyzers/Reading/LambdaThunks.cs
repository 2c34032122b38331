using System;

namespace HaRules.Analyzers.Reading;

/// <summary>
/// Real delegates for the lambdas a design passes to the language (<c>pool =&gt; pool.Min(20)</c>):
/// when HaRules invokes one, the reader interprets the lambda's body with its parameter bound.
/// </summary>
internal static class LambdaThunks
{
    /// <summary>A delegate of <paramref name="delegateType"/> running <paramref name="body"/>, or null when the shape is not supported.</summary>
    public static Delegate? Create(Type delegateType, Func<object?[], object?> body)
    {
        if (!delegateType.IsGenericType)
        {
            return null;
        }

        var definition = delegateType.GetGenericTypeDefinition();
        var arguments = delegateType.GetGenericArguments();
        Type thunkType;
        if (definition == typeof(Action<>))
        {
            thunkType = typeof(ActionThunk<>).MakeGenericType(arguments);
        }
        else if (definition == typeof(Action<,>))
        {
            thunkType = typeof(ActionThunk<,>).MakeGenericType(arguments);
        }
        else if (definition == typeof(Func<,>))
        {
            thunkType = typeof(FuncThunk<,>).MakeGenericType(arguments);
        }
        else
        {
            return null;
        }

        var thunk = Activator.CreateInstance(thunkType, body);
        return Delegate.CreateDelegate(delegateType, thunk, "Invoke");
    }

    internal sealed class ActionThunk<T>
    {
        private readonly Func<object?[], object?> _body;

        public ActionThunk(Func<object?[], object?> body) => _body = body;

        public void Invoke(T argument) => _body(new object?[] { argument });
    }

    internal sealed class ActionThunk<T1, T2>
    {
        private readonly Func<object?[], object?> _body;

        public ActionThunk(Func<object?[], object?> body) => _body = body;

        public void Invoke(T1 first, T2 second) => _body(new object?[] { first, second });
    }

    internal sealed class FuncThunk<T, TResult>
    {
        private readonly Func<object?[], object?> _body;

        public FuncThunk(Func<object?[], object?> body) => _body = body;

        public TResult Invoke(T argument) => _body(new object?[] { argument }) is TResult result ? result : default!;
    }
}
