import sys; sys.path.insert(0,__import__('os').path.dirname(__import__('os').path.abspath(__file__)))
from lib import *
from math import erf, sqrt
t=secs()/60.0
lead=hs-as_
ok=scored&~np.isnan(spread)
Phi=np.vectorize(lambda z: 0.5*(1+erf(z/sqrt(2))))
mins=np.maximum(t,1e-9)
z=(lead+spread*mins/60)/(SIG*np.sqrt(mins/60))
p=np.where(t==0,np.where(lead>0,1.0,np.where(lead<0,0.0,0.5)),Phi(z))
for a in range(2009,2023,2):
    m=ok&(season>=a)&(season<=a+1)
    br,ll,e=metrics(p[m],y[m])
    # home win rate vs implied
    print(f"{a}-{a+1}: plays {m.sum()} brier {br:.4f} ece {e:.4f} mean p {p[m].mean():.4f} mean y {y[m].mean():.4f}")
