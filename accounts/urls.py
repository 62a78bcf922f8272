from django.urls import path

from . import signup, views

app_name = "accounts"

urlpatterns = [
    path("invitation/<str:token>/", views.accept_invitation, name="accept_invitation"),
    path("sign-up/", signup.signup, name="signup"),
    path("sign-up/<str:token>/", signup.verify_signup, name="verify_signup"),
]
